BRIEFINGS_SEARCH_WORDS("can",{
"can":"5n,1l,8",
"cannot":"5o,1s",
"canot":"7b"
});
