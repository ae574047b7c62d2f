BRIEFINGS_SEARCH_WORDS("hiz",{
"hizbollah":"1i",
"hizbullah":"1i"
});
