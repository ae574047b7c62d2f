BRIEFINGS_SEARCH_WORDS("inf",{
"infliger":"3l,42",
"influence":"13,26,44",
"influentes":"13",
"information":"2n,3v,n;2n",
"informations":"2n"
});
