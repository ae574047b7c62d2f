BRIEFINGS_SEARCH_WORDS("ela",{
"elan":"88"
});
