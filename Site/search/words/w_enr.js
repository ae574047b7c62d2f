BRIEFINGS_SEARCH_WORDS("enr",{
"enregistrement":"15,7,k,4j,t;6f"
});
