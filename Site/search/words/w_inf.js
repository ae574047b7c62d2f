BRIEFINGS_SEARCH_WORDS("inf",{
"infliger":"3k,43",
"influence":"13,25,45",
"influentes":"13",
"information":"2m,3v,o;2m",
"informations":"2m"
});
