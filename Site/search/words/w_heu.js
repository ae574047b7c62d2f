BRIEFINGS_SEARCH_WORDS("heu",{
"heures":"3d,3f,1,1,d,g;3d,3f"
});
