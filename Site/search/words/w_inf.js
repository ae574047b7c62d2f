BRIEFINGS_SEARCH_WORDS("inf",{
"infliger":"3k,46",
"influence":"13,25,48",
"influentes":"13",
"information":"2m,3x,p;2m",
"informations":"2m"
});
