BRIEFINGS_SEARCH_WORDS("iti",{
"itineraire":"7d,7;7d"
});
