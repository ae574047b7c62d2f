BRIEFINGS_SEARCH_WORDS("ela",{
"elan":"7m"
});
