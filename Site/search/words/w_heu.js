BRIEFINGS_SEARCH_WORDS("heu",{
"heures":"3e,3f,1,1,d,g;3e,3f"
});
