BRIEFINGS_SEARCH_WORDS("hez",{
"hezbollah":"1i,3;1i"
});
