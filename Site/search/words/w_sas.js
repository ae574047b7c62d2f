BRIEFINGS_SEARCH_WORDS("sas",{
"sassoli":"0,v,2d,3h,j;v"
});
