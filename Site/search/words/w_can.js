BRIEFINGS_SEARCH_WORDS("can",{
"can":"5k,1m,8",
"cannot":"5l,1t",
"canot":"79"
});
