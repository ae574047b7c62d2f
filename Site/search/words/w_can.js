BRIEFINGS_SEARCH_WORDS("can",{
"can":"5o,1i,8",
"cannot":"5p,1p",
"canot":"79"
});
