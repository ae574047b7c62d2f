BRIEFINGS_SEARCH_WORDS("veh",{
"vehicles":"7x",
"vehicules":"7c,6"
});
