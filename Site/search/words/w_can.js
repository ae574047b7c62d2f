BRIEFINGS_SEARCH_WORDS("can",{
"can":"5s,1q,8",
"cannot":"5t,1x",
"canot":"7l"
});
