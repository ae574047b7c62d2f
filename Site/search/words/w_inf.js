BRIEFINGS_SEARCH_WORDS("inf",{
"infliger":"3l,4e;3l",
"influence":"13,25,4h",
"influentes":"13",
"information":"2m,46,p;2m",
"informations":"2m"
});
