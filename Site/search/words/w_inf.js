BRIEFINGS_SEARCH_WORDS("inf",{
"infliger":"3l,4d;3l",
"influence":"13,25,4g",
"influentes":"13",
"information":"2m,45,p;2m",
"informations":"2m"
});
