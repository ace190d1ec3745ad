import CiteCore
