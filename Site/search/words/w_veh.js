BRIEFINGS_SEARCH_WORDS("veh",{
"vehicles":"7y",
"vehicules":"7c,7"
});
