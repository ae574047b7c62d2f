BRIEFINGS_SEARCH_WORDS("veh",{
"vehicles":"7o",
"vehicules":"73,6"
});
