@_exported import ReportModel
