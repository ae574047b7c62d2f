BRIEFINGS_SEARCH_WORDS("inf",{
"infliger":"3l,4f;3l",
"influence":"13,25,4i",
"influentes":"13",
"information":"2m,46,q;2m",
"informations":"2m"
});
