BRIEFINGS_SEARCH_WORDS("enr",{
"enregistrement":"15,7,k,55,t;71"
});
