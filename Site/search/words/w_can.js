BRIEFINGS_SEARCH_WORDS("can",{
"can":"69,1i,8",
"cannot":"6a,1p",
"canot":"7u"
});
