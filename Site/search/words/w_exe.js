BRIEFINGS_SEARCH_WORDS("exe",{
"executif":"31",
"executive":"1h,1k",
"exemple":"0",
"exercee":"3v"
});
