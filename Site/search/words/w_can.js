BRIEFINGS_SEARCH_WORDS("can",{
"can":"5r,1p,8",
"cannot":"5s,1w",
"canot":"7j"
});
