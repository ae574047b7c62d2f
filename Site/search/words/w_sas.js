BRIEFINGS_SEARCH_WORDS("sas",{
"sassoli":"0,v,30,3f,k;v"
});
