import SitegenCLI

Sitegen.main()
