BRIEFINGS_SEARCH_WORDS("inf",{
"infliger":"47,42",
"influence":"13,2s,44",
"influentes":"13",
"information":"2n,4h,n;2n",
"informations":"2n"
});
