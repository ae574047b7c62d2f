BRIEFINGS_SEARCH_WORDS("veh",{
"vehicles":"7z",
"vehicules":"7e,6"
});
