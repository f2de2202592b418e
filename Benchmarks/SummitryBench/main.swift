import Foundation
import SummitryFormats
import SummitryGraph

let args = CommandLine.arguments
let t0 = Date()
let g = try EdgeList.read(contentsOf: args[1], options: EdgeListOptions(directed: args.count > 2 && args[2] == "d", weighted: args.count > 3))
print(g.nodeCount, g.edgeCount, Date().timeIntervalSince(t0))
var ru = rusage(); getrusage(RUSAGE_SELF.rawValue, &ru); print("maxrss MiB", ru.ru_maxrss / 1024)
