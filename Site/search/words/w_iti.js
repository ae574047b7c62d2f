BRIEFINGS_SEARCH_WORDS("iti",{
"itineraire":"72,7;72"
});
