BRIEFINGS_SEARCH_WORDS("iti",{
"itineraire":"7l,7;7l"
});
