BRIEFINGS_SEARCH_WORDS("iti",{
"itineraire":"7b,8;7b"
});
