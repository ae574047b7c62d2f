BRIEFINGS_SEARCH_WORDS("can",{
"can":"5n,1i,8",
"cannot":"5o,1p",
"canot":"78"
});
