BRIEFINGS_SEARCH_WORDS("veh",{
"vehicles":"7w",
"vehicules":"7b,6"
});
