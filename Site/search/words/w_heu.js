BRIEFINGS_SEARCH_WORDS("heu",{
"heures":"3e,3d,2,1,d,g;3e,3d"
});
