BRIEFINGS_SEARCH_WORDS("veh",{
"vehicles":"87",
"vehicules":"7m,6"
});
