BRIEFINGS_SEARCH_WORDS("enr",{
"enregistrement":"15,7,k,4k,t;6g"
});
