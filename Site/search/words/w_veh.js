BRIEFINGS_SEARCH_WORDS("veh",{
"vehicles":"7m",
"vehicules":"71,6"
});
