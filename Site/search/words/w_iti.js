BRIEFINGS_SEARCH_WORDS("iti",{
"itineraire":"7b,7;7b"
});
