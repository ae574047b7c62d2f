BRIEFINGS_SEARCH_WORDS("can",{
"can":"5s,1p,8",
"cannot":"5t,1w",
"canot":"7k"
});
