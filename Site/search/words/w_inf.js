BRIEFINGS_SEARCH_WORDS("inf",{
"infliger":"3k,44",
"influence":"13,25,46",
"influentes":"13",
"information":"2m,3v,p;2m",
"informations":"2m"
});
