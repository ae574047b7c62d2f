BRIEFINGS_SEARCH_WORDS("sas",{
"sassoli":"0,v,2e,3f,k;v"
});
