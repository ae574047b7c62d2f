BRIEFINGS_SEARCH_WORDS("heu",{
"heures":"40,3d,2,1,d,g;40,3d"
});
