BRIEFINGS_SEARCH_WORDS("can",{
"can":"5s,1r,8",
"cannot":"5t,1y",
"canot":"7m"
});
