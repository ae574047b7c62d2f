BRIEFINGS_SEARCH_WORDS("inf",{
"infliger":"3l,4g;3l",
"influence":"13,25,4j",
"influentes":"13",
"information":"2m,47,q;2m",
"informations":"2m"
});
