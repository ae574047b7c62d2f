BRIEFINGS_SEARCH_WORDS("exe",{
"executif":"30",
"executive":"1h,1j",
"exemple":"0",
"exercee":"38"
});
