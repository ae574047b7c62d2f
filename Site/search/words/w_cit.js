BRIEFINGS_SEARCH_WORDS("cit",{
"citee":"89",
"cites":"1",
"citing":"7r,4;7v",
"city":"5h,2,2j;5j"
});
