BRIEFINGS_SEARCH_WORDS("veh",{
"vehicles":"7l",
"vehicules":"70,6"
});
