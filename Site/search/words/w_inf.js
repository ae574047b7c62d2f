BRIEFINGS_SEARCH_WORDS("inf",{
"infliger":"3l,43",
"influence":"13,26,45",
"influentes":"13",
"information":"2n,3v,o;2n",
"informations":"2n"
});
